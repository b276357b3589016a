import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What shows in place of the children once one of them threw while rendering. */
  readonly fallback: (error: unknown) => ReactNode;
  readonly children: ReactNode;
}

/** Children that threw while rendering give way to `fallback` (React's error boundaries are classes). */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  { readonly thrown?: { readonly error: unknown } }
> {
  override state: { readonly thrown?: { readonly error: unknown } } = {};

  static getDerivedStateFromError(error: unknown) {
    return { thrown: { error } };
  }

  override render() {
    return this.state.thrown ? this.props.fallback(this.state.thrown.error) : this.props.children;
  }
}
