"""A public function with an unannotated parameter (here a function value) is not exported."""


# CHECK:@+1:1-28: warning: public function 'apply' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
def apply(g, v: int) -> int:
    # CHECK:@+1:12-15: error: 'g' is a nested function (or a lambda stored in a variable) of 'closure_passed_on', called here from another function: compiled closures are called in the function that defines them or passed to library functions (sorted(xs, key=f)) [UnsupportedExpression]
    return g(v)


def closure_passed_on(k: int) -> int:
    add = lambda a: a + k
    return apply(add, 1)
