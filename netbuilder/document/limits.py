"""The limits every part of netbuilder shares: what one part writes, every part reads.

A loader refuses data beyond these (so nothing is trained that could not be saved), and every
reader of a file netbuilder writes (project, checkpoint, recovery file) accepts anything within
them. Each limit is far beyond any real use; it exists so that a hostile file is a message.
"""

MAX_FEATURES = 100_000  # columns of a table (the input shape [features]); MNIST as a table: 784
MAX_SIDE = 4096  # an image's channels, height or width
MAX_CLASSES = 1000  # a classification's classes (ImageNet has 1000)
MAX_CLASS_NAME = 1000  # characters in one class name (a folder name has at most 255 bytes)
MAX_DATA_BYTES = 2_000_000_000  # one data file (a CSV, an IDX file, an image)
