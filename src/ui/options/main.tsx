import { render } from 'preact';
import { Options } from './options';

render(<Options />, document.getElementById('app')!);
