// Passkeys (WebAuthn) with Spring Security's endpoints: registration (/webauthn/register/options, then
// /webauthn/register) on "My account" and enrolment, and the second step of signing in
// (/webauthn/authenticate/options, then /login/webauthn). Binary fields travel as base64url.
(() => {
  const b64url = {
    encode(buffer) {
      return btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    },
    decode(text) {
      const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
    },
  };

  async function post(url, button, body) {
    const headers = { 'Content-Type': 'application/json' };
    headers[button.dataset.csrfHeader] = button.dataset.csrfToken;
    const response = await fetch(url, {
      method: 'POST', headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return response.json();
  }

  function showError(button, key) {
    const box = button.closest('div').parentElement.querySelector('[data-passkey-error]')
      || document.querySelector('[data-passkey-error]');
    if (box) {
      box.textContent = box.dataset[key];
      box.classList.remove('d-none');
    }
  }

  async function register(button) {
    const options = await post(button.dataset.optionsUrl, button);
    const publicKey = {
      ...options,
      challenge: b64url.decode(options.challenge),
      user: { ...options.user, id: b64url.decode(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: b64url.decode(c.id) })),
    };
    const credential = await navigator.credentials.create({ publicKey });
    const labelInput = document.getElementById('passkey-label');
    const body = {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: b64url.encode(credential.rawId),
          response: {
            attestationObject: b64url.encode(credential.response.attestationObject),
            clientDataJSON: b64url.encode(credential.response.clientDataJSON),
            transports: credential.response.getTransports ? credential.response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
        label: (labelInput && labelInput.value.trim()) || 'Passkey',
      },
    };
    const result = await post(button.dataset.registerUrl, button, body);
    if (!result || !result.success) {
      throw new Error('registration refused');
    }
    document.querySelector('form[data-passkey-added]').submit();
  }

  async function signIn(button) {
    const options = await post(button.dataset.optionsUrl, button);
    const publicKey = {
      ...options,
      challenge: b64url.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: b64url.decode(c.id) })),
    };
    const credential = await navigator.credentials.get({ publicKey });
    const response = credential.response;
    const result = await post(button.dataset.loginUrl, button, {
      id: credential.id,
      rawId: b64url.encode(credential.rawId),
      response: {
        authenticatorData: b64url.encode(response.authenticatorData),
        clientDataJSON: b64url.encode(response.clientDataJSON),
        signature: b64url.encode(response.signature),
        userHandle: response.userHandle ? b64url.encode(response.userHandle) : undefined,
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    if (!result || !result.authenticated || !result.redirectUrl) {
      throw new Error('sign-in refused');
    }
    window.location.href = result.redirectUrl;
  }

  function bind(selector, action, failure) {
    document.querySelectorAll(selector).forEach((button) => {
      if (button.dataset.bound) {
        return;
      }
      button.dataset.bound = 'true';
      button.addEventListener('click', async () => {
        if (!window.PublicKeyCredential) {
          showError(button, 'unsupported');
          return;
        }
        button.disabled = true;
        try {
          await action(button);
        } catch (error) {
          console.error(error);
          button.disabled = false;
          if (failure && button.dataset.failureUrl) {
            window.location.href = button.dataset.failureUrl;
          } else {
            showError(button, 'failed');
          }
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    bind('[data-passkey-register]', register, false);
    bind('[data-passkey-signin]', signIn, true);
  });
})();
