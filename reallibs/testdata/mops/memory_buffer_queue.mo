// packages: memory-collection memory-region augmented-btrees itertools stableheapbtreemap map buffer-deque
// memory-collection's MemoryBuffer (a growable array of values serialized into
// stable Regions) and MemoryQueue.
import MemoryBuffer "mo:memory-collection/MemoryBuffer/Stable";
import MemoryQueue "mo:memory-collection/MemoryQueue/Stable";
import TypeUtils "mo:memory-collection/TypeUtils";
import Iter "mo:base/Iter";
import Nat "mo:base/Nat";
import Debug "mo:base/Debug";

let texts = { blobify = TypeUtils.Blobify.Text };
let b = MemoryBuffer.new<Text>();
for (i in Iter.range(0, 49)) MemoryBuffer.add(b, texts, "v" # Nat.toText(i * i));
Debug.print(debug_show (MemoryBuffer.size(b), MemoryBuffer.get(b, texts, 7), MemoryBuffer.getOpt(b, texts, 50)));
MemoryBuffer.put(b, texts, 7, "a much longer value than before");
MemoryBuffer.put(b, texts, 8, "x");
Debug.print(debug_show (MemoryBuffer.get(b, texts, 7), MemoryBuffer.get(b, texts, 8), MemoryBuffer.get(b, texts, 9)));
Debug.print(debug_show Iter.toArray(MemoryBuffer.vals(b, texts)).size());
Debug.print(debug_show Iter.toArray(MemoryBuffer.items(b, texts).rev()).size());
MemoryBuffer.addFromArray(b, texts, ["p", "q"]);
Debug.print(debug_show (MemoryBuffer.size(b), MemoryBuffer.get(b, texts, 51), MemoryBuffer.bytes(b) > 0));

let nats = { blobify = TypeUtils.Blobify.Nat };
let q = MemoryQueue.new();
for (i in Iter.range(1, 20)) MemoryQueue.add(q, nats, i * 1_000_000_007);
Debug.print(debug_show (MemoryQueue.size(q), MemoryQueue.peek(q, nats)));
Debug.print(debug_show (MemoryQueue.pop(q, nats), MemoryQueue.pop(q, nats), MemoryQueue.size(q)));
Debug.print(debug_show MemoryQueue.toArray(q, nats));
while (MemoryQueue.size(q) > 1) ignore MemoryQueue.pop(q, nats);
Debug.print(debug_show (MemoryQueue.isEmpty(q), MemoryQueue.pop(q, nats), MemoryQueue.isEmpty(q), MemoryQueue.pop(q, nats)));
