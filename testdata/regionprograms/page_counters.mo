// Watching physical page counts while several tenants each get their own Region.
import Region "mo:base/Region";
import Prim "mo:⛔";
import Debug "mo:base/Debug";
import Nat64 "mo:base/Nat64";

func report(label_ : Text) {
  Debug.print(label_ # ": physical " # debug_show Prim.rts_stable_memory_size()
    # ", logical " # debug_show Prim.rts_logical_stable_memory_size());
};

report("start");
type Tenant = { name : Text; region : Region.Region };
let names = ["ana", "bo", "cy"];
var tenants : [Tenant] = [];
for (n in names.vals()) {
  tenants := Prim.Array_tabulate<Tenant>(tenants.size() + 1, func i {
    if (i < tenants.size()) tenants[i] else ({ name = n; region = Region.new() })
  });
};
report("three regions");
for (t in tenants.vals()) {
  Debug.print(t.name # " id " # debug_show Region.id(t.region) # " size " # debug_show Region.size(t.region));
};
ignore Region.grow(tenants[0].region, 0);
report("grow 0");
ignore Region.grow(tenants[1].region, 1);
report("bo +1");
ignore Region.grow(tenants[1].region, 127);
report("bo +127");
ignore Region.grow(tenants[1].region, 1);
report("bo +1 more (new block)");
ignore Region.grow(tenants[2].region, 300);
report("cy +300");
ignore Region.grow(tenants[0].region, 128);
report("ana +128");
Debug.print(debug_show (Region.size(tenants[0].region), Region.size(tenants[1].region), Region.size(tenants[2].region)));
// data written by one tenant is invisible to the others
Region.storeNat64(tenants[1].region, 128 * 65_536, 0xDEAD_BEEF);
Debug.print(debug_show (Region.loadNat64(tenants[1].region, 128 * 65_536), Region.loadNat64(tenants[2].region, 128 * 65_536), Region.loadNat64(tenants[0].region, 0)));
let extra = Region.new();
report("a fourth, empty");
Debug.print(debug_show Region.id(extra));
