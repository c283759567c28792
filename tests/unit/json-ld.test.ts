import { describe, expect, it } from 'vitest';
import { scriptSafeJson } from '@/lib/events/json-ld';

describe('JSON-LD embedding', () => {
  it('cannot be broken out of by text that contains a closing script tag', () => {
    const json = scriptSafeJson({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
