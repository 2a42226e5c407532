#include <openssl/ssl.h>

void connect(SSL_CTX *Ctx) { SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr); }
