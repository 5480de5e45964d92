module gosubfmtgen

go 1.27
