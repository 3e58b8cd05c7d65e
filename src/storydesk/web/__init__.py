"""The read-only web desk over analysed stories."""
