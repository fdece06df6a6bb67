// motoko-base Principal: text and blob forms, ledger accounts, comparison.
import Principal "mo:base/Principal";
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let p = Principal.fromText("un4fu-tqaaa-aaaab-qadjq-cai");
let anon = Principal.fromText("2vxsx-fae");
Debug.print(debug_show (p, Principal.toText(p), Principal.toBlob(p), Principal.fromBlob("\04"), Principal.isAnonymous(anon), Principal.isAnonymous(p)));
Debug.print(debug_show (Principal.hash(p), Principal.compare(p, anon), Principal.equal(p, p), Principal.notEqual(p, anon), Principal.less(anon, p), Principal.lessOrEqual(p, p), Principal.greater(p, anon), Principal.greaterOrEqual(anon, p)));
Debug.print(debug_show (Principal.toLedgerAccount(p, null), Principal.toLedgerAccount(p, ?Blob.fromArray([1, 2, 3]))));
Debug.print(debug_show Principal.fromActor(actor "aaaaa-aa"));
