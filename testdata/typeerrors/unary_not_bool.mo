let b = ^true;
