let r : ?Text = do ? { 1 };
