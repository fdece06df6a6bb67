// Blob in ExperimentalStableMemory: a blob ending at the last byte reads back;
// storing it one byte further traps with "StableMemory range out of bounds".
import StableMemory "mo:base/ExperimentalStableMemory";
import Text "mo:base/Text";
import Debug "mo:base/Debug";

ignore StableMemory.grow(1);
let data = Text.encodeUtf8("stable");
StableMemory.storeBlob(65_530, data);
Debug.print(debug_show StableMemory.loadBlob(65_530, 6));
Debug.print(debug_show Text.decodeUtf8(StableMemory.loadBlob(65_530, 6)));
StableMemory.storeBlob(65_531, data);
Debug.print("not reached");
