module gosub.local/goparser-bench

go 1.22
