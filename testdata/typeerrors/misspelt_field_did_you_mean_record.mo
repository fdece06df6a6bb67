let person = { name = "Ann"; email = "a@b" };
let e = person.emial;
