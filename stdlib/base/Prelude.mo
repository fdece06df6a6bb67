// Prelude: traps that mark code paths not written yet or never expected to run.
import Debug "Debug";

module {
  public func nyi() : None {
    Debug.trap("Prelude.nyi()")
  };

  public func xxx() : None {
    Debug.trap("Prelude.xxx()")
  };

  public func unreachable() : None {
    Debug.trap("Prelude.unreachable()")
  };
}
