;; Opens $FLYCHECK_FILE as a user would, checks it with flycheck and writes
;; the checker flycheck chose and the errors it found to $FLYCHECK_OUT.
(find-file (getenv "FLYCHECK_FILE"))
(let ((checker (flycheck-get-checker-for-buffer))
      (mode flycheck-mode))
  (flycheck-buffer)
  (let ((deadline (+ (float-time) 120)))
    (while (and (flycheck-running-p) (< (float-time) deadline))
      (accept-process-output nil 0.1)))
  (let ((status flycheck-last-status-change)
        (errors flycheck-current-errors))
    (with-temp-file (getenv "FLYCHECK_OUT")
      (insert (format "flycheck-mode: %s\nchecker: %s\nstatus: %s\n"
                      mode checker status))
      (dolist (e errors)
        (insert (format "%s:%s:%s: %s: %s [%s]\n"
                        (file-name-nondirectory (flycheck-error-filename e))
                        (flycheck-error-line e) (flycheck-error-column e)
                        (flycheck-error-level e) (flycheck-error-message e)
                        (flycheck-error-id e)))))))
