"""Resources: articles and links the user saved, for notes that share one."""
