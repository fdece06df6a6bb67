// A shard table in a Region maps user ids to in-memory shard names; a bad entry indexes past the array.
import Region "mo:base/Region";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";
import Nat16 "mo:base/Nat16";

let shards = ["eu-1", "eu-2", "us-1", "ap-1"];
let table = Region.new();
ignore Region.grow(table, 1);

func assign(user : Nat64) {
  let shard = Nat16.fromNat(Nat64.toNat(user * 2_654_435_761 % 4));
  Region.storeNat16(table, user * 2, shard);
};

func shardOf(user : Nat64) : Text = shards[Nat16.toNat(Region.loadNat16(table, user * 2))];

var u : Nat64 = 0;
while (u < 10) { assign(u); u += 1 };
u := 0;
var line = "";
while (u < 10) { line #= shardOf(u) # " "; u += 1 };
Debug.print(line);
Debug.print(debug_show Region.loadBlob(table, 0, 20));
// an unassigned user maps to shard 0
Debug.print(shardOf(5000));
// a migration bug writes shard 4, which does not exist
Region.storeNat16(table, 6, 4);
Debug.print(shardOf(3));
// trap-span: 16.37-16.91
