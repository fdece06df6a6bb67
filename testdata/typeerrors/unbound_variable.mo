let u = zzz;
