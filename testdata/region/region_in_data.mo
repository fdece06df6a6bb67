// Regions are ordinary values: kept in records, options and arrays, passed to
// functions and returned from them.
import Region "mo:base/Region";
import Option "mo:base/Option";
import Debug "mo:base/Debug";

type Store = { data : Region.Region; var used : Nat64 };

func makeStore(pages : Nat64) : Store {
  let data = Region.new();
  ignore Region.grow(data, pages);
  { data; var used = 0 }
};

func append(s : Store, value : Nat32) {
  Region.storeNat32(s.data, s.used, value);
  s.used += 4;
};

let stores = [makeStore(1), makeStore(2)];
append(stores[0], 10);
append(stores[0], 20);
append(stores[1], 30);
for (s in stores.vals()) {
  Debug.print(debug_show (Region.id(s.data), Region.size(s.data), s.used, Region.loadNat32(s.data, 0)));
};

var spare : ?Region.Region = null;
Debug.print(debug_show Option.isNull(spare));
spare := ?Region.new();
switch spare {
  case (?r) { Debug.print(debug_show Region.id(r)) };
  case null { Debug.print("none") };
};
