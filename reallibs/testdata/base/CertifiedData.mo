// motoko-base CertifiedData: certificates exist only on the Internet
// Computer.
import CertifiedData "mo:base/CertifiedData";
import Debug "mo:base/Debug";

Debug.print("asking for a certificate");
Debug.print(debug_show CertifiedData.getCertificate());
// trap-span: 7.24-7.54
