// QSslKey built from a key or a passphrase compiled into the app, against
// the real Qt 5 and Qt 6 headers. The RUN lines generate the keys and paste
// them in (test/utils/embed_keys.py).
// RUN: rm -rf %t.keys && %make_keys %t.keys
// RUN: %embed_keys %S/Inputs/client_key.h.in %t.keys/client_key.h ec-sec1.der=%t.keys/ec-sec1.der ec.pem=%t.keys/ec.pem
// RUN: %embed_keys %s %t.keys/tls-embedded-private-key-qt.cpp ec.pem=%t.keys/ec.pem ec-public.pem=%t.keys/ec-public.pem
// RUN: %check_tls %t.keys/tls-embedded-private-key-qt.cpp %t -- -std=c++17 -fPIC -I%t.keys -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork
// RUN: %check_tls %t.keys/tls-embedded-private-key-qt.cpp %t -- -std=c++17 -fPIC -I%t.keys -I/usr/include/x86_64-linux-gnu/qt6 -I/usr/include/x86_64-linux-gnu/qt6/QtCore -I/usr/include/x86_64-linux-gnu/qt6/QtNetwork

#include "client_key.h"
#include <QtCore/QFile>
#include <QtNetwork/QSslKey>

static const char EcPem[] = @PEM:ec.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: EC P-256 private key (PKCS#8 PEM) embedded in the app, where anyone who unpacks it can extract the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
static const char PublicPem[] = @PEM:ec-public.pem@;
#define PASSPHRASE "s3cret"

void qtKeys(const QByteArray &Downloaded, const QString &Path) {
  QSslKey FromHeader(QByteArray(client_key_pem), QSsl::Ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'QSslKey' loads a private key compiled into the app from 'client_key_pem'; anyone who unpacks the app can extract it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  QSslKey Der(QByteArray::fromRawData(
                  reinterpret_cast<const char *>(client_key_der),
                  client_key_der_len),
              QSsl::Ec, QSsl::Der);
  // CHECK-MESSAGES: :[[@LINE-4]]:15: warning: 'QSslKey' loads a private key compiled into the app from 'client_key_der'
  QSslKey WithPassphrase(EcPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey,
                         PASSPHRASE);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: the password given to 'QSslKey' is compiled into the app; anyone who unpacks it can read the password and decrypt the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]

  // A public key, a copy, a key read from a device or downloaded.
  QSslKey Public(QByteArray(PublicPem), QSsl::Ec, QSsl::Pem, QSsl::PublicKey);
  QSslKey Copy(FromHeader);
  QFile File(Path);
  QSslKey FromFile(&File, QSsl::Rsa);
  QSslKey FromNetwork(Downloaded, QSsl::Ec);
}
