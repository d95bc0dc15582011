"""The classroom: a lesson list and the current step, which opens another view with its example."""
