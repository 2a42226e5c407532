" Runs ALE on the file Vim was started with, as saving it would, waits for
" its linters and writes ALE's list of problems to $ALE_OUT, one per line:
" LINE:COLUMN: TYPE: TEXT. Sourced with -S after the vimrc under test.
filetype plugin on
filetype detect
ALELint
let s:start = reltime()
while ale#engine#IsCheckingBuffer(bufnr('')) && reltimefloat(reltime(s:start)) < 120
  sleep 100m
endwhile
call writefile(map(copy(ale#engine#GetLoclist(bufnr(''))),
      \ {_, e -> printf('%d:%d: %s: %s', e.lnum, e.col, e.type, e.text)}),
      \ $ALE_OUT)
qall!
