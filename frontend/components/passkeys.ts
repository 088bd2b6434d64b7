// Passkeys for fans: the browser half of a WebAuthn ceremony. The server (Spring Security's
// relying-party operations) makes the options and checks the answer; this only turns the options'
// base64url fields into bytes, asks the browser's authenticator, and turns its answer back into
// the JSON Spring Security reads. Loaded only on the pages that offer passkeys.
const base64url = {
  encode(buffer: ArrayBuffer): string {
    const bytes = new Uint8Array(buffer);
    let text = '';
    for (let i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  },
  decode(value: string): ArrayBuffer {
    const text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  },
};

/** Credential descriptors (to exclude or allow) with their ids as bytes. */
const withByteIds = (descriptors: any[] | undefined) =>
  (descriptors || []).map((d: any) => ({ ...d, id: base64url.decode(d.id) }));

async function create(optionsJson: string): Promise<string> {
  const options = JSON.parse(optionsJson);
  const publicKey = {
    ...options,
    user: { ...options.user, id: base64url.decode(options.user.id) },
    challenge: base64url.decode(options.challenge),
    excludeCredentials: withByteIds(options.excludeCredentials),
  };
  const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
  const response = credential.response as AuthenticatorAttestationResponse;
  return JSON.stringify({
    id: credential.id,
    rawId: base64url.encode(credential.rawId),
    response: {
      attestationObject: base64url.encode(response.attestationObject),
      clientDataJSON: base64url.encode(response.clientDataJSON),
      transports: response.getTransports ? response.getTransports() : [],
    },
    type: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment,
  });
}

async function get(optionsJson: string): Promise<string> {
  const options = JSON.parse(optionsJson);
  const publicKey = {
    ...options,
    challenge: base64url.decode(options.challenge),
    allowCredentials: withByteIds(options.allowCredentials),
  };
  const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
  const response = credential.response as AuthenticatorAssertionResponse;
  return JSON.stringify({
    id: credential.id,
    rawId: base64url.encode(credential.rawId),
    response: {
      authenticatorData: base64url.encode(response.authenticatorData),
      clientDataJSON: base64url.encode(response.clientDataJSON),
      signature: base64url.encode(response.signature),
      userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined,
    },
    type: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment,
  });
}

(window as any).encorePasskeys = {
  supported: () => typeof window.PublicKeyCredential === 'function',
  create,
  get,
};
