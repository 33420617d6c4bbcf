"""The C++ shape of exception handling: one catch of python_error testing the handlers'
classes in order (else rethrow), a flag for the else block, and a finally block reached by
goto from a return, with the exit taken after it; raise ... from builds the exception value."""


def parse(n: int) -> int:
    total = 0
    try:
        total = 100 // n
        if total > 50:
            return total
    except (ZeroDivisionError, OverflowError) as e:
        raise ValueError("bad n") from e
    except LookupError:
        raise
    else:
        total += 1
    finally:
        total += 2
        if n > 10:
            return total
    return total

# CHECK:CPP: namespace pycxx_module_exceptions {
# CHECK:CPP:
# CHECK:CPP: std::exception_ptr pycxx_module_error_;  // the first exception of module-level code
# CHECK:CPP: static std::int64_t py_parse(std::int64_t py_n);
# CHECK:CPP:
# CHECK:CPP: #line 6 "exceptions.py"
# CHECK:CPP: static std::int64_t py_parse(std::int64_t py_n) {
# CHECK:CPP:   std::int64_t py_total{};
# CHECK:CPP:   pycxx::python_error py_e{};
# CHECK:CPP:   std::int64_t finally0_value{};
# CHECK:CPP:   std::int64_t finally0_exit{};
# CHECK:CPP: #line 7 "exceptions.py"
# CHECK:CPP:   py_total = std::int64_t{0};
# CHECK:CPP:   finally0_exit = std::int64_t{0};
# CHECK:CPP: #line 8 "exceptions.py"
# CHECK:CPP:   {
# CHECK:CPP:     std::exception_ptr finally0_pending;
# CHECK:CPP:     try {
# CHECK:CPP: #line 8 "exceptions.py"
# CHECK:CPP:       {
# CHECK:CPP:         bool try0_completed = false;
# CHECK:CPP:         try {
# CHECK:CPP: #line 9 "exceptions.py"
# CHECK:CPP:           py_total = pycxx::int_floordiv(std::int64_t{100}, py_n);
# CHECK:CPP:           if (pycxx::gt(py_total, std::int64_t{50})) {
# CHECK:CPP:             finally0_value = py_total;
# CHECK:CPP: #line 11 "exceptions.py"
# CHECK:CPP:             finally0_exit = std::int64_t{1};
# CHECK:CPP: #line 11 "exceptions.py"
# CHECK:CPP:             goto finally0_;
# CHECK:CPP:           }
# CHECK:CPP:           try0_completed = true;
# CHECK:CPP:         } catch (const pycxx::python_error& caught0_) {
# CHECK:CPP: #line 12 "exceptions.py"
# CHECK:CPP:           if (caught0_.matches(pycxx::exception_kind::ZeroDivisionError) || caught0_.matches(pycxx::exception_kind::OverflowError)) {
# CHECK:CPP:             py_e = caught0_;
# CHECK:CPP: #line 13 "exceptions.py"
# CHECK:CPP:             pycxx::raise(pycxx::python_error(pycxx::exception_kind::ValueError, "bad n").set_cause(py_e));
# CHECK:CPP:           } else if (caught0_.matches(pycxx::exception_kind::LookupError)) {
# CHECK:CPP:             throw;  // bare raise: the exception being handled
# CHECK:CPP:           } else {
# CHECK:CPP:             throw;
# CHECK:CPP:           }
# CHECK:CPP:         }
# CHECK:CPP:         if (try0_completed) {
# CHECK:CPP: #line 17 "exceptions.py"
# CHECK:CPP:           py_total = pycxx::int_add(py_total, std::int64_t{1});
# CHECK:CPP:         }
# CHECK:CPP:       }
# CHECK:CPP:     } catch (...) {
# CHECK:CPP:       finally0_pending = std::current_exception();
# CHECK:CPP:     }
# CHECK:CPP:   finally0_:;
# CHECK:CPP:     {
# CHECK:CPP:       pycxx::finally_scope finally0_handling(finally0_pending);
# CHECK:CPP: #line 19 "exceptions.py"
# CHECK:CPP:       py_total = pycxx::int_add(py_total, std::int64_t{2});
# CHECK:CPP:       if (pycxx::gt(py_n, std::int64_t{10})) {
# CHECK:CPP:         return py_total;
# CHECK:CPP:       }
# CHECK:CPP:     }
# CHECK:CPP:     if (finally0_pending) std::rethrow_exception(finally0_pending);
# CHECK:CPP:   }
# CHECK:CPP: #line 8 "exceptions.py"
# CHECK:CPP:   if ((finally0_exit == std::int64_t{1})) {
# CHECK:CPP: #line 8 "exceptions.py"
# CHECK:CPP:     return finally0_value;
# CHECK:CPP:   }
# CHECK:CPP: #line 22 "exceptions.py"
# CHECK:CPP:   return py_total;
# CHECK:CPP: }
# CHECK:CPP:
# CHECK:CPP: }  // namespace pycxx_module_exceptions
