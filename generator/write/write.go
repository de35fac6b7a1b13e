// Package write is the last stage of the pipeline and the only one that
// touches the disk: it puts a rendered site into its destination directory.
package write
