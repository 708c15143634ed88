"""Programme gold set (issue 19): plans, generator, gold."""
