func f<T>(xs : [T]) : Text { debug_show xs };
