// Does not compile.

this_is_not_cpp x;
