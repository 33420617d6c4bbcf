"""Module-level code other than imports and constants: a for statement."""

# CHECK:@+1:1-18: error: module-level 'for' statements are not compiled: move this code into a function [UnsupportedStatement]
for i in range(3):
    pass
