"""Photo and video metadata readers (see ARCHITECTURE.md).

Kept empty on purpose: importing one reader loads no other, and no module here depends on the
package itself. `batch` says which files are media and reads many on every core; `reader` reads
one file by its signature; `meta` holds the types the readers share.
"""
