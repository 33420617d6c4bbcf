"""Module-level code other than imports and constants: an expression statement."""

# CHECK:@+1:1-26: error: module-level expressions are not compiled: move this code into a function [UnsupportedStatement]
print("module-level code")
