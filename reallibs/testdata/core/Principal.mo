// motoko-core Principal.
import Principal "mo:core/Principal";
import Blob "mo:core/Blob";
import Debug "mo:core/Debug";

let p = Principal.fromText("un4fu-tqaaa-aaaab-qadjq-cai");
let anon = Principal.anonymous();
let user = Principal.fromText("hpikg-6exdt-jn33w-ndty3-fc7jc-tl2lr-buih3-cs3y7-tftkp-sfp62-gqe");
Debug.print(debug_show (p, p.toText(), p.toBlob(), Principal.fromBlob("\04"), anon.isAnonymous(), p.isAnonymous(), p.isCanister(), user.isCanister(), user.isSelfAuthenticating(), p.isReserved()));
Debug.print(debug_show (p.hash(), p.compare(anon), p.equal(p), p.notEqual(anon), Principal.less(anon, p), Principal.lessOrEqual(p, p), Principal.greater(p, anon), Principal.greaterOrEqual(anon, p)));
Debug.print(debug_show (p.toLedgerAccount(null), p.toLedgerAccount(?Blob.fromArray([1, 2, 3]))));
Debug.print(debug_show Principal.fromActor(actor "aaaaa-aa"));
