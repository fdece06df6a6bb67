// motoko-core CertifiedData: certificates exist only on the Internet
// Computer.
import CertifiedData "mo:core/CertifiedData";
import Debug "mo:core/Debug";

Debug.print("asking for a certificate");
Debug.print(debug_show CertifiedData.getCertificate());
// trap-span: 7.24-7.54
