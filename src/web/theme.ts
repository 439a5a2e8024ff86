import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Contrast (WCAG 2.1 AA): the primary colour is blue[8] (#1971c2, 4.9:1 on white) for links, text and filled
 * buttons; muted text is gray[7] (#495057) and error text red[9] (#c92a2a) instead of Mantine's lighter defaults.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.35rem', lineHeight: '1.35' },
      h3: { fontSize: '1.1rem', lineHeight: '1.4' },
    },
  },
  components: {
    Anchor: { defaultProps: { underline: 'always' } },
    // Light alerts tint their title with the alert's colour, too pale on the tinted background for AA: use the
    // text colour (the icon and background still carry the colour).
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
