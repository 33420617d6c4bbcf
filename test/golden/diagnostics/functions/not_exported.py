# CHECK:@+1:1-20: warning: public function 'not_exported' is not exported because not all its parameters are annotated; annotate them to call it from Python [ExportedWithoutAnnotations]
def not_exported(n):
    return n
