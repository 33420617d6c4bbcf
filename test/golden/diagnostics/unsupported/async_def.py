"""async functions are not compiled: the diagnostic says so, not 'move this code into a function'."""


# CHECK:@+1:1-31: error: async functions are not supported: pycxx compiles 'def' functions (remove 'async' and 'await') [UnsupportedStatement]
async def fetch(n: int) -> int:
    return n
