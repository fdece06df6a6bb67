// # joins Text only.
let t = "count: " # 3;
