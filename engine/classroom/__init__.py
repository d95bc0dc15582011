"""The classroom: guided lessons that walk the course, step by step, over the app's own views."""
