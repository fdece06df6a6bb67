import Result "mo:base/Result";
import Buffer "mo:base/Buffer";

module {

  // For convenience: from base module
  type Result<Ok, Err> = Result.Result<Ok, Err>;
  type Buffer<T> = Buffer.Buffer<T>;

  public type Address = Nat64;
  public type Bytes = Nat64;

  public type BytesConverter<T> = {
    from_bytes: (Blob) -> T;
    to_bytes: (T) -> Blob;
    max_size: Nat32;
    nonce: T;
  };

  public type Memory = {
    size: () -> Nat64;
    grow: (Nat64) -> Int64;
    write: (Nat64, Blob) -> ();
    read: (Nat64, Nat) -> Blob;
  };

  /// An indicator of the current position in the map.
  public type Cursor = {
    #Address: Address;
    #Node: { node: INode; next: Index; };
  };

  /// An index into a node's child or entry.
  public type Index = {
    #Child: Nat64;
    #Entry: Nat64;
  };

  public type IIter<K, V> = {
    next: () -> ?(K, V);
  };

  // Entries in the node are key-value pairs and both are blobs.
  public type Entry = (Blob, Blob);

  public type NodeType = {
    #Leaf;
    #Internal;
  };

  public type INode = {
    getAddress: () -> Address;
    getEntries: () -> Buffer<Entry>;
    getChildren: () -> Buffer<Address>;
    getNodeType: () -> NodeType;
    getMaxKeySize: () -> Nat32;
    getMaxValueSize: () -> Nat32;
    save: (Memory) -> ();
    getMax: (Memory) -> Entry;
    getMin: (Memory) -> Entry;
    isFull: () -> Bool;
    swapEntry: (Nat, Entry) -> Entry;
    getKeyIdx: (Blob) -> Result<Nat, Nat>;
    getChild: (Nat) -> Address;
    getEntry: (Nat) -> Entry;
    setChildren: (Buffer<Address>) -> ();
    setEntries: (Buffer<Entry>) -> ();
    setAddress: (Address) -> ();
    addChild: (Address) -> ();
    addEntry: (Entry) -> ();
    popEntry: () -> ?Entry;
    popChild: () -> ?Address;
    insertChild: (Nat, Address) -> ();
    insertEntry: (Nat, Entry) -> ();
    removeChild: (Nat) -> Address;
    removeEntry: (Nat) -> Entry;
    appendChildren: (Buffer<Address>) -> ();
    appendEntries: (Buffer<Entry>) -> ();
    entriesToText: () -> Text;
  };

  public type IAllocator = {
    getHeaderAddr: () -> Address;
    getAllocationSize: () -> Bytes;
    getNumAllocatedChunks: () -> Nat64;
    getFreeListHead: () -> Address;
    getMemory: () -> Memory;
    allocate: () ->  Address;
    deallocate: (Address) -> ();
    saveAllocator: () -> ();
    chunkSize: () -> Bytes;
  };

  public type InsertError = {
    #KeyTooLarge : { given : Nat; max : Nat; };
    #ValueTooLarge : { given : Nat; max : Nat; };
  };

  public type IBTreeMap<K, V> = {
    getRootAddr : () -> Address;
    getAllocator : () -> IAllocator;
    getLength : () -> Nat64;
    getMemory : () -> Memory;
    insert : (k: K, key_converter: BytesConverter<K>, v: V, value_converter: BytesConverter<V>) -> Result<?V, InsertError>;
    get : (key: K, key_converter: BytesConverter<K>, value_converter: BytesConverter<V>) -> ?V;
    containsKey : (key: K, key_converter: BytesConverter<K>) -> Bool;
    isEmpty : () -> Bool;
    remove : (key: K, key_converter: BytesConverter<K>, value_converter: BytesConverter<V>) -> ?V;
    iter : (key_converter: BytesConverter<K>, value_converter: BytesConverter<V>) -> IIter<K, V>;
    loadNode : (address: Address) -> INode;
  };

};