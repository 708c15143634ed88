"""The bottom layer every other package may use: configuration, the exception base and the
user-facing words (Indonesian and English). It imports nothing of the project."""
