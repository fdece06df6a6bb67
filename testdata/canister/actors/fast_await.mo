// `await?` on a settled future goes on in the same step: a later trap
// undoes what came before it; `await` ends the step, which keeps it.
import Debug "mo:base/Debug";

persistent actor {
  var log = "";
  public func run(fast : Bool) : async () {
    let done = async ();
    await done;
    log #= if fast "fast;" else "slow;";
    if fast await? done else await done;
    Debug.trap("after the await");
  };
  public query func show() : async Text { log };
};
