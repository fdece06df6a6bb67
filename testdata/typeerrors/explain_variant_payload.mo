// A variant's payload mismatch names the field, not the tag.
let measured : {#size : {width : Text}} = #size({width = "wide"});
let sized : {#size : {width : Nat}} = measured;
