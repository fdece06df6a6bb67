import Types     "types";
import Node      "node";
import Constants "constants";
import Utils     "utils";

import Nat64     "mo:base/Nat64";
import Debug     "mo:base/Debug";
import Stack     "mo:base/Stack";
import Array     "mo:base/Array";
import Nat8      "mo:base/Nat8";
import Order     "mo:base/Order";
import Blob      "mo:base/Blob";
import Buffer    "mo:base/Buffer";

module {

  // For convenience: from types module
  type IBTreeMap<K, V> = Types.IBTreeMap<K, V>;
  type Cursor = Types.Cursor;
  type BytesConverter<T> = Types.BytesConverter<T>;
  // For convenience: from node module
  type Node = Node.Node;

  public func new<K, V>(
    map: IBTreeMap<K, V>, 
    key_converter: BytesConverter<K>, 
    value_converter: BytesConverter<V>
  ) : Iter<K, V>{
    Iter({
      map;
      key_converter;
      value_converter;
      // Initialize the cursors with the address of the root of the map.
      cursors = [#Address(map.getRootAddr())];
      prefix = null;
      offset = null;
    });
  };

  public func empty<K, V>(
    map: IBTreeMap<K, V>,
    key_converter: BytesConverter<K>,
    value_converter: BytesConverter<V>
  ) : Iter<K, V>{
    Iter({
      map;
      key_converter;
      value_converter;
      cursors = [];
      prefix = null;
      offset = null;
    });
  };

  public func newWithPrefix<K, V>(
    map: IBTreeMap<K, V>,
    key_converter: BytesConverter<K>,
    value_converter: BytesConverter<V>,
    prefix: [Nat8], 
    cursors: [Cursor]
  ) : Iter<K, V>{
    Iter({
      map;
      key_converter;
      value_converter;
      cursors;
      prefix = ?prefix;
      offset = null;
    });
  };

  public func newWithPrefixAndOffset<K, V>(
    map: IBTreeMap<K, V>,
    key_converter: BytesConverter<K>,
    value_converter: BytesConverter<V>,
    prefix: [Nat8], 
    offset: [Nat8], 
    cursors: [Cursor]
  ) : Iter<K, V>{
    Iter({
      map;
      key_converter;
      value_converter;
      cursors;
      prefix = ?prefix;
      offset = ?offset;
    });
  };

  type IterVariables<K, V> = {
    map: IBTreeMap<K, V>;
    key_converter: BytesConverter<K>;
    value_converter: BytesConverter<V>;
    cursors: [Cursor];
    prefix: ?[Nat8];
    offset: ?[Nat8];
  };

  /// An iterator over the entries of a [`BTreeMap`].
  /// Iterators are lazy and do nothing unless consumed
  public class Iter<K, V>(variables: IterVariables<K, V>) = self {
    
    // A reference to the map being iterated on.
    let map_: IBTreeMap<K, V> = variables.map;

    // To convert the keys from/to bytes.
    let key_converter_ = variables.key_converter;
    
    // To convert the values from/to bytes.
    let value_converter_ = variables.value_converter;

    // A stack of cursors indicating the current position in the tree.
    var cursors_ = Stack.Stack<Cursor>();
    for (cursor in Array.vals(variables.cursors)) {
      cursors_.push(cursor);
    };

    // An optional prefix that the keys of all the entries returned must have.
    // Iteration stops as soon as it runs into a key that doesn't have this prefix.
    let prefix_: ?[Nat8] = variables.prefix;

    // An optional offset to begin iterating from in the keys with the same prefix.
    // Used only in the case that prefix is also set.
    let offset_: ?[Nat8] = variables.offset;

    public func next() : ?(K, V) {
      switch(cursors_.pop()) {
        case(?cursor){
          switch(cursor){
            case(#Address(address)){
              if (address != Constants.NULL){
                // Load the node at the given address, and add it to the cursors.
                let node = map_.loadNode(address);

                cursors_.push(#Node{
                  next = switch(node.getNodeType()) {
                    // Iterate on internal nodes starting from the first child.
                    case(#Internal) { #Child(0); };
                    // Iterate on leaf nodes starting from the first entry.
                    case(#Leaf) { #Entry(0); };
                  };
                  node;
                });
              };
              return self.next();
            };
            case(#Node({node; next;})){
              switch(next){
                case(#Child(child_idx)){
                  if (Nat64.toNat(child_idx) >= node.getChildren().size()){
                    Debug.trap("Iterating over children went out of bounds.");
                  };
                  
                  // After iterating on the child, iterate on the next _entry_ in this node.
                  // The entry immediately after the child has the same index as the child's.
                  cursors_.push(#Node {
                    node;
                    next = #Entry(child_idx);
                  });

                  // Add the child to the top of the cursors to be iterated on first.
                  let child_address = node.getChild(Nat64.toNat(child_idx));
                  cursors_.push(#Address(child_address));

                  return self.next();
                };
                case(#Entry(entry_idx)){
                  if (Nat64.toNat(entry_idx) >= node.getEntries().size()) {
                    // No more entries to iterate on in this node.
                    return self.next();
                  };

                  // Take the entry from the node. It's swapped with an empty element to
                  // avoid cloning.
                  let entry = node.swapEntry(Nat64.toNat(entry_idx), (Blob.fromArray([]), Blob.fromArray([])));

                  // Add to the cursors the next element to be traversed.
                  cursors_.push(#Node {
                    next = switch(node.getNodeType()){
                      // If this is an internal node, add the next child to the cursors.
                      case(#Internal) { #Child(entry_idx + 1); };
                      // If this is a leaf node, add the next entry to the cursors.
                      case(#Leaf) { #Entry(entry_idx + 1); };
                    };
                    node;
                  });

                  // If there's a prefix, verify that the key has that given prefix.
                  // Otherwise iteration is stopped.
                  switch(prefix_){
                    case(null) {};
                    case(?prefix){
                      if (not Utils.isPrefixOf(prefix, Blob.toArray(entry.0), Nat8.equal)){
                        // Clear all cursors to avoid needless work in subsequent calls.
                        cursors_ := Stack.Stack<Cursor>();
                        return null;
                      } else switch(offset_) {
                        case(null) {};
                        case(?offset){
                          let prefix_with_offset = Utils.toBuffer<Nat8>(prefix);
                          prefix_with_offset.append(Utils.toBuffer<Nat8>(offset));
                          // Clear all cursors to avoid needless work in subsequent calls.
                          if (Order.isLess(Node.compareEntryKeys(entry.0, Blob.fromArray(Buffer.toArray(prefix_with_offset))))){  
                            cursors_ := Stack.Stack<Cursor>();
                            return null;
                          };
                        };
                      };
                    };
                  };
                  return ?(key_converter_.from_bytes(entry.0), value_converter_.from_bytes(entry.1));
                };
              };
            };
          };
        };
        case(null){
          // The cursors are empty. Iteration is complete.
          null;
        };
      };
    };
    
  };

};