// Bank accounts as a class with private balance, a ledger of variants, and Result errors.
import Debug "mo:base/Debug";
import Result "mo:base/Result";
import Array "mo:base/Array";
import Nat "mo:base/Nat";

type Txn = { #deposit : Nat; #withdraw : Nat; #transferOut : (Text, Nat); #transferIn : (Text, Nat) };
type Error = { #insufficientFunds : { needed : Nat; available : Nat }; #frozen; #zeroAmount };

class Account(owner_ : Text, initial : Nat) {
  var balance = initial;
  var history : [Txn] = [];
  var frozen = false;
  public let owner = owner_;

  func record(t : Txn) { history := Array.append<Txn>(history, [t]) };

  public func deposit(n : Nat) : Result.Result<Nat, Error> {
    if (frozen) return #err(#frozen);
    if (n == 0) return #err(#zeroAmount);
    balance += n;
    record(#deposit n);
    #ok balance
  };

  public func withdraw(n : Nat) : Result.Result<Nat, Error> {
    if (frozen) return #err(#frozen);
    if (n > balance) return #err(#insufficientFunds { needed = n; available = balance });
    balance -= n;
    record(#withdraw n);
    #ok balance
  };

  public func transfer(to : Account, n : Nat) : Result.Result<(), Error> {
    switch (withdraw(n)) {
      case (#err e) #err e;
      case (#ok _) {
        ignore to.deposit(n);
        history := Array.append<Txn>(Array.subArray<Txn>(history, 0, history.size() - 1), [#transferOut(to.owner, n)]);
        #ok
      };
    }
  };

  public func freeze() { frozen := true };
  public func getBalance() : Nat = balance;
  public func statement() : [Txn] = history;
};

let alice = Account("alice", 100);
let bob = Account("bob", 20);
Debug.print(debug_show alice.deposit(50));
Debug.print(debug_show alice.withdraw(500));
Debug.print(debug_show alice.transfer(bob, 70));
Debug.print(debug_show bob.withdraw(0));
Debug.print(debug_show bob.deposit(0));
bob.freeze();
Debug.print(debug_show bob.deposit(5));
Debug.print(debug_show (alice.getBalance(), bob.getBalance()));
Debug.print(debug_show alice.statement());
Debug.print(debug_show bob.statement());
Debug.print(alice.owner # " has " # Nat.toText(alice.getBalance()));
