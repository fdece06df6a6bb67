// motoko-core Random: seeded generators (crypto ones need the management
// canister). moc cannot compile a program importing Random to WASI (an
// import for rejections is missing there): this output is that of moc's
// interpreter.
import Random "mo:core/Random";
import Debug "mo:core/Debug";

let rng = Random.seed(42);
Debug.print(debug_show (rng.bool(), rng.nat8(), rng.nat64(), rng.nat64Range(10, 20), rng.natRange(0, 1000), rng.intRange(-5, 5)));
let state = Random.seedState(7);
let again = Random.seedFromState(state);
Debug.print(debug_show (again.nat8(), again.natRange(1, 7)));
let fixed = Random.Random(Random.emptyState(), func() = "\01\02\03\04\05\06\07\08\09\0A");
Debug.print(debug_show (fixed.nat8(), fixed.bool(), fixed.nat64()));
