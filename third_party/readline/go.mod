module github.com/chzyer/readline

go 1.15

require golang.org/x/sys v0.45.0
