let p = { name = "Ann"; age = 30 };
let a = p.agee;
