package org.ssaplanner.accounts.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Stay signed in" of the idle-timeout warning: any request keeps the session; this one does nothing else. */
@Controller
class SessionController {

    @GetMapping("/session/keepalive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
